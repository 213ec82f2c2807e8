package cn.zhicheng.expert;

/** 评委会职务 of a pool member (SPEC §3.6.2): 主任委员, 副主任委员, 委员. Labels: {@code CommitteePost.NAME}. */
public enum CommitteePost {
    CHAIR, VICE_CHAIR, MEMBER
}
