/**
 * Infrastructure that every module relies on: the database (embedded PostgreSQL when no URL is
 * configured), locale handling. No domain logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.sparbar.config;
