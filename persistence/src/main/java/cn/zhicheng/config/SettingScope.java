package cn.zhicheng.config;

/**
 * Where a setting takes effect (SPEC §0.4). For committee- and activity-scoped settings the deployment value is only
 * the default a new committee or activity starts with; the committee or activity keeps its own value afterwards.
 */
public enum SettingScope {
    DEPLOYMENT, COMMITTEE, ACTIVITY
}
