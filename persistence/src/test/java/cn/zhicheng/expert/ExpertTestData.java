package cn.zhicheng.expert;

/** Valid expert inputs for the unit tests. */
final class ExpertTestData {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ExpertTestData() {
    }

    /** A valid ID number: born on the given yyyyMMdd, sequence digits seq (3 digits; odd last digit = male). */
    static String idNumber(String birth, String seq) {
        String body = "510107" + birth + seq;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    /** A complete valid input for a man born in March 1970. */
    static ExpertInput valid() {
        return new ExpertInput("中国", "张三", "", idNumber("19700315", "011"), "男", "197003", "否", "四川大学华西医院",
                "四川省卫生健康委员会", "科主任", "正处级", "13812345678", "", "享受国务院特殊津贴", "卫生系列", "心血管内科",
                "主任医师", "委员");
    }
}
