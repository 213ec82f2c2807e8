/** The attachment service every upload and download in the product goes through, and its disk store. */
package cn.zhicheng.attachment;
