/** The job that loads the local social-insurance source from a CSV delivery (issue 6, SPEC §3.8.4 B). */
package cn.zhicheng.insurance;
