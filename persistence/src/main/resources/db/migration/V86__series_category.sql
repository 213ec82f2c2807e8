-- Series category (申报类别 in Hebei, SPEC §1 glossary "Series category", §3.9.2 HB layout): a grouping above the
-- title series, e.g. 教学类. Maintained on 职称目录管理; NULL for a series not yet placed (new series start so).
-- The national series of V13 (../shared/reference/title-catalog.csv) are placed here; a series the catalog import
-- adds later, or one renamed before this migration, simply stays without a category.

alter table title_series add column category varchar(20);

update title_series set category = '教学类'
 where name in ('高等学校教师', '中小学教师', '中等职业学校教师', '技工院校教师');
update title_series set category = '卫生类' where name = '卫生技术人员';
update title_series set category = '工程类' where name = '工程技术人员';
update title_series set category = '农业类' where name = '农业技术人员';
update title_series set category = '经济类'
 where name in ('经济专业人员', '会计人员', '审计专业人员', '统计专业人员');
update title_series set category = '科研类'
 where name in ('哲学社会科学研究人员', '自然科学研究人员', '实验技术人员');
update title_series set category = '文化类'
 where name in ('新闻专业人员', '出版专业人员', '播音主持专业人员', '翻译专业人员', '图书资料专业人员',
                '文物博物专业人员', '档案专业人员');
update title_series set category = '艺术体育类' where name in ('工艺美术专业人员', '艺术专业人员', '体育专业人员');
update title_series set category = '法律类' where name in ('律师', '公证员');
