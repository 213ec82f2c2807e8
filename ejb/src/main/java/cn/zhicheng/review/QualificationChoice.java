package cn.zhicheng.review;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serializable;

/** A level the 评审人员统计 may change an application to: a qualification of its series the activity opens. */
public record QualificationChoice(Long id, TitleLevel level, String name) implements Serializable {
}
