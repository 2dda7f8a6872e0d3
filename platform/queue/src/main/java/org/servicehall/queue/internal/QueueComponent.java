package org.servicehall.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.servicehall.persistence.Database;
import org.servicehall.queue.CallEligibility;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.DeskSection;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.ServiceOffers;
import org.servicehall.queue.StepPhrases;
import org.servicehall.queue.VisitFollowUp;
import org.servicehall.queue.WindowStaff;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * The queue's base on a node, which its services ({@link TicketLifecycleImpl}, {@link QueueReadModelImpl},
 * {@link StandingAlertsImpl}, {@link WindowStatesImpl}, {@link QueueSettingsImpl}, {@link QueueReportsImpl},
 * {@link AppointmentBook}) are built on: migrates the queue's tables when the bundle starts, holds the
 * {@link QueueParts} they share with the settings of {@code etc/org.servicehall.queue.cfg}, and binds
 * the queue's extension points, whose services come and go ({@link QueueExtensions}; each is got
 * when first used, see {@link ExtensionPoint}).
 */
@Component(service = { QueueParts.class, QueueExtensions.class }, immediate = true, configurationPid = QueueConfig.PID)
@Designate(ocd = QueueConfig.class)
public final class QueueComponent extends QueueParts implements QueueExtensions {
    // The extension points' services, got when first used (see ExtensionPoint): binding one never activates its provider.
    private final ExtensionPoint<PriorityPolicy> policies = new ExtensionPoint<>("priority policy");
    private final ExtensionPoint<CallGuard> guards = new ExtensionPoint<>("call guard");
    private final ExtensionPoint<CallEligibility> eligibility = new ExtensionPoint<>("call eligibility");
    private final ExtensionPoint<CitizenTextCheck> textChecks = new ExtensionPoint<>("text check");
    private final ExtensionPoint<StepPhrases> phrases = new ExtensionPoint<>("phrase source");
    private final ExtensionPoint<DeskSection> deskSections = new ExtensionPoint<>("desk section");
    private final ExtensionPoint<WindowStaff> windowStaff = new ExtensionPoint<>("window staff source");
    private final ExtensionPoint<VisitFollowUp> followUps = new ExtensionPoint<>("visit follow-up");
    private final ExtensionPoint<ServiceOffers> offers = new ExtensionPoint<>("service offers");

    @Activate
    public QueueComponent(QueueConfig config, @Reference Database database, @Reference SiteService sites, @Reference AuditLog audit,
            @Reference Clock clock) {
        super(migrated(database), sites, audit, clock, settings(config));
        settingsCache.bookingDefaults(config.slotMinutes(), config.slotCapacity()); // Q9: the installation's slots
    }

    private static TicketStore migrated(Database database) {
        database.migrate("queue", QueueComponent.class.getClassLoader());
        return new TicketStore(database.dataSource(), database.kind());
    }

    static Queue.Settings settings(QueueConfig config) {
        return new Queue.Settings(config.alertWaitingOver(), Duration.ofMinutes(config.waitTargetMinutes()),
                Duration.ofMinutes(config.fairnessCapMinutes()), config.recallsBeforeNoShow(),
                Duration.ofMinutes(config.defaultServiceMinutes()));
    }

    @Override
    public List<PriorityPolicy> policies() {
        return policies.services();
    }

    @Override
    public List<CallGuard> guards() {
        return guards.services();
    }

    @Override
    public List<CallEligibility> eligibility() {
        return eligibility.services();
    }

    @Override
    public List<CitizenTextCheck> textChecks() {
        return textChecks.services();
    }

    @Override
    public List<StepPhrases> phrases() {
        return phrases.services();
    }

    @Override
    public List<DeskSection> deskSections() {
        return deskSections.services();
    }

    @Override
    public List<WindowStaff> windowStaff() {
        return windowStaff.services();
    }

    @Override
    public List<VisitFollowUp> followUps() {
        return followUps.services();
    }

    @Override
    public List<ServiceOffers> serviceOffers() {
        return offers.services();
    }

    @Reference(name = "policies", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePolicy")
    void addPolicy(ComponentServiceObjects<PriorityPolicy> policy, Map<String, Object> properties) {
        policies.add(policy, properties);
    }

    void removePolicy(ComponentServiceObjects<PriorityPolicy> policy) {
        policies.remove(policy);
    }

    @Reference(name = "guards", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeGuard")
    void addGuard(ComponentServiceObjects<CallGuard> guard, Map<String, Object> properties) {
        guards.add(guard, properties);
    }

    void removeGuard(ComponentServiceObjects<CallGuard> guard) {
        guards.remove(guard);
    }

    @Reference(name = "eligibility", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeEligibility")
    void addEligibility(ComponentServiceObjects<CallEligibility> e, Map<String, Object> properties) {
        eligibility.add(e, properties);
    }

    void removeEligibility(ComponentServiceObjects<CallEligibility> e) {
        eligibility.remove(e);
    }

    @Reference(name = "textChecks", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeTextCheck")
    void addTextCheck(ComponentServiceObjects<CitizenTextCheck> check, Map<String, Object> properties) {
        textChecks.add(check, properties);
    }

    void removeTextCheck(ComponentServiceObjects<CitizenTextCheck> check) {
        textChecks.remove(check);
    }

    @Reference(name = "phrases", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePhrases")
    void addPhrases(ComponentServiceObjects<StepPhrases> source, Map<String, Object> properties) {
        phrases.add(source, properties);
    }

    void removePhrases(ComponentServiceObjects<StepPhrases> source) {
        phrases.remove(source);
    }

    @Reference(name = "deskSections", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeDeskSection")
    void addDeskSection(ComponentServiceObjects<DeskSection> section, Map<String, Object> properties) {
        deskSections.add(section, properties);
    }

    void removeDeskSection(ComponentServiceObjects<DeskSection> section) {
        deskSections.remove(section);
    }

    @Reference(name = "windowStaff", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeWindowStaff")
    void addWindowStaff(ComponentServiceObjects<WindowStaff> source, Map<String, Object> properties) {
        windowStaff.add(source, properties);
    }

    void removeWindowStaff(ComponentServiceObjects<WindowStaff> source) {
        windowStaff.remove(source);
    }

    @Reference(name = "followUps", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeFollowUp")
    void addFollowUp(ComponentServiceObjects<VisitFollowUp> followUp, Map<String, Object> properties) {
        followUps.add(followUp, properties);
    }

    void removeFollowUp(ComponentServiceObjects<VisitFollowUp> followUp) {
        followUps.remove(followUp);
    }

    @Reference(name = "serviceOffers", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeServiceOffers")
    void addServiceOffers(ComponentServiceObjects<ServiceOffers> source, Map<String, Object> properties) {
        offers.add(source, properties);
    }

    void removeServiceOffers(ComponentServiceObjects<ServiceOffers> source) {
        offers.remove(source);
    }
}
