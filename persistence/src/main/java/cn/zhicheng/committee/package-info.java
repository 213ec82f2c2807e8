/** Review committees (评委会, SPEC §3.5): filing and its review, committee accounts, specialty trees, history. */
package cn.zhicheng.committee;
