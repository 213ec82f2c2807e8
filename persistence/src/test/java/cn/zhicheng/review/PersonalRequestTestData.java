package cn.zhicheng.review;

import cn.zhicheng.org.Account;
import cn.zhicheng.org.IdNumber;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An applicant account with an id, as the services pass it to the requests. */
public final class PersonalRequestTestData {

    public static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    /** Born 1990-01-01, male (the demo applicant 张三). */
    public static final String ID_NUMBER = "510104199001011230";

    private PersonalRequestTestData() {
    }

    public static Account applicant(long id) {
        Account account = Account.selfRegistered(ID_NUMBER, "张三", IdNumber.of(ID_NUMBER), null, "hash", NOW);
        try {
            Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return account;
    }
}
