/**
 * Province settings (SPEC §0.4, §5): the deployment profile, the typed keys with each profile's defaults, the value
 * types they choose between, and the stored overrides an administrator makes.
 */
package cn.zhicheng.config;
