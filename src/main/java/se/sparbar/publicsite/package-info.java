/**
 * The public side: the case register (diarium) with one page per case telling its whole story,
 * pages for people and bodies, robots.txt and the sitemap. It only reads: other modules through
 * their root APIs, and the register's lists through the published views of V11.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registry", "organisation", "referral", "meeting",
        "governance", "actionplan", "motion", "settings", "shared", "files", "record"})
package se.sparbar.publicsite;
