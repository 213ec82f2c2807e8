package cn.zhicheng.config;

/**
 * Which province's application form and review-list layout the screens follow (SPEC §3.8.4, §3.9.2, §3.9.5,
 * setting {@code ui.profile}); independent of the deployment profile so that a custom mix can pick any layout.
 */
public enum ScreenLayout {
    SC, HB, SX
}
