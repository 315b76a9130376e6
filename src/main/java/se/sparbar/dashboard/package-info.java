/** The start pages: the public home page, each role's dashboard, the accessibility statement. */
package se.sparbar.dashboard;
