/**
 * Small pieces every module may use: domain exceptions the web layer maps to status codes, the
 * layout's model (who is logged in, the municipality's name), and error handling.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.sparbar.shared;
