/** The OpenAPI document at /openapi, made to say what the API reads and writes: names, tags, schemas. */
package org.nura.api.openapi;
