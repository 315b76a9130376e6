/** Stored files: PDF documents kept in PostgreSQL, checked for type and size before they are stored. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package se.sparbar.document;
