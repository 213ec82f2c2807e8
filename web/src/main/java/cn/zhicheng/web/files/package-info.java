/** Downloads of attachments, only through the attachment service's authorisation. */
package cn.zhicheng.web.files;
