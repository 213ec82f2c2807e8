package cn.zhicheng.review;

import cn.zhicheng.org.Callers;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** 常用意见 / 常用意见设置 (SPEC §3.9.3, §4.3): each signed-in user's saved opinion texts, kept by that user only. */
@Stateless
@PermitAll
public class ReviewOpinions {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    /** The caller's texts, oldest first. */
    public List<ReviewOpinion> mine() {
        return em.createNamedQuery(ReviewOpinion.FIND_OF_ACCOUNT, ReviewOpinion.class)
                .setParameter("accountId", callers.current().getId())
                .getResultList();
    }

    public Long add(String text) {
        ReviewOpinion opinion = new ReviewOpinion(callers.current().getId(), text, Times.now());
        em.persist(opinion);
        em.flush();
        return opinion.getId();
    }

    public void edit(Long id, String text) {
        own(id).edit(text);
    }

    public void delete(Long id) {
        em.remove(own(id));
    }

    private ReviewOpinion own(Long id) {
        ReviewOpinion opinion = id == null ? null : em.find(ReviewOpinion.class, id);
        if (opinion == null || !opinion.isOwnedBy(callers.current().getId())) {
            throw new AccessDeniedException("review.opinion.notFound");
        }
        return opinion;
    }
}
