package dev.sagelint.engine;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reused sessions of one KieBase. A session that ran to the end is reset and kept: it keeps its node memories, which
 * a new session would build again for every deployment (a sixth of the rule time of a 10,000-template run). A session
 * that was halted, failed or may still be in use by a rule that never returned is disposed of, never reused.
 * (Drools' own KieSessionsPool cannot do that: disposing a pooled session always returns it to the pool, and the pool
 * keeps every session it made.)
 */
final class Sessions {

    private final KieBase kieBase;
    private final int maxIdle;
    private final ConcurrentLinkedQueue<KieSession> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    Sessions(KieBase kieBase, int maxIdle) {
        this.kieBase = kieBase;
        this.maxIdle = maxIdle;
    }

    KieSession take() {
        KieSession session = idle.poll();
        if (session != null) {
            idleCount.decrementAndGet();
            return session;
        }
        return kieBase.newKieSession();
    }

    /** A session that ran to the end: reset and kept for the next deployment. */
    void giveBack(KieSession session) {
        if (session instanceof StatefulKnowledgeSessionImpl impl && idleCount.incrementAndGet() <= maxIdle) {
            impl.reset();
            idle.offer(session);
            return;
        }
        if (session instanceof StatefulKnowledgeSessionImpl) {
            idleCount.decrementAndGet();
        }
        discard(session);
    }

    /** A session in an unknown state: disposed of, never reused. */
    void discard(KieSession session) {
        try {
            session.dispose();
        } catch (RuntimeException e) {
            // a broken session is dropped either way
        }
    }
}
