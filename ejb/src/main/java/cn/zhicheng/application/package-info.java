/** The applicant's side of title applications (SPEC §3.8): starting, filling, submitting, withdrawing, discarding. */
package cn.zhicheng.application;
