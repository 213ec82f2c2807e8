package cn.zhicheng.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The real EAR the build produced, as every integration test deploys it: in-container tests add their own classes to
 * its WAR; HTTP and browser tests deploy it unchanged.
 */
public final class Deployments {

    public static final String WAR = "zhicheng-web.war";

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        String path = System.getProperty("ear.file", "target/zhicheng.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /**
     * The EAR with the given test classes added to its WAR, for tests that run inside the server; the shared
     * in-container helpers ({@link SignIn}, {@link TestData}, {@link InTransaction}) come along.
     */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        war.addClasses(SignIn.class, TestData.class, InTransaction.class);
        return ear;
    }
}
