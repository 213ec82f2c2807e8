/** Uploaded files: content-addressed storage metadata, content-type detection and per-purpose limits. */
package cn.zhicheng.attachment;
