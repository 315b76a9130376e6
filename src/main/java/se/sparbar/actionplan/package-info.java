/**
 * Action plans (handlingsplan) and their items (åtgärder) with responsible roles, assigned officials,
 * timelines and money; officials' progress reports; follow-up rounds from the municipality's
 * schedule; and the follow-up report back to a body (seed 001). Other modules use the services at
 * this package's root, e.g. {@link se.sparbar.actionplan.ParagraphItems} for the items a minutes
 * paragraph fulfils; {@code domain} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"files", "meeting", "organisation", "registry", "settings", "shared"})
package se.sparbar.actionplan;
