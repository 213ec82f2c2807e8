package cn.zhicheng.expert;

/** The two runs of the expert import (SPEC §3.6.3): 下一步 check (failures only), 下一步 import (valid rows). */
public enum ImportMode {
    CHECK, IMPORT
}
