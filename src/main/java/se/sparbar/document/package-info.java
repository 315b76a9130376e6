/** Stored files: PDF documents kept in PostgreSQL, checked for type and size before they are stored. */
package se.sparbar.document;
