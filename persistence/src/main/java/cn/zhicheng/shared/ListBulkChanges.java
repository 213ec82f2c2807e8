package cn.zhicheng.shared;

import cn.zhicheng.activity.Activity;
import cn.zhicheng.application.Application;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.org.Unit;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.Set;

/**
 * The writes that entity listeners do not see, for {@link ListChanges}: bulk JPQL updates and deletes of the listed
 * entities, and every native SQL write (its tables are unknown, so it counts as a change). Registered in
 * persistence.xml ({@code eclipselink.session-event-listener}).
 */
public class ListBulkChanges extends SessionEventAdapter {

    private static final Set<Class<?>> LISTED = Set.of(Application.class, Unit.class, TitleQualification.class,
            Activity.class);

    @Override
    public void postExecuteQuery(SessionEvent event) {
        DatabaseQuery query = event.getQuery();
        if (query == null) {
            return;
        }
        if (query.isDataModifyQuery()
                || query.isModifyAllQuery() && (query.getReferenceClass() == null
                || LISTED.contains(query.getReferenceClass()))) {
            ListChanges.changed();
        }
    }
}
