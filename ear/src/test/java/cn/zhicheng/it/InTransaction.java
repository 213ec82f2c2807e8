package cn.zhicheng.it;

import jakarta.transaction.UserTransaction;

import java.util.concurrent.Callable;

/** Seeds or checks data inside one user transaction of an in-container test: committed on success, else rolled back. */
public final class InTransaction {

    private InTransaction() {
    }

    public static <T> T call(UserTransaction tx, Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
