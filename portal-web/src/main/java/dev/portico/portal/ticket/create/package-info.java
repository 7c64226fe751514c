/**
 * The new-ticket form ({@code /tickets/new.xhtml}): site and request type first ("Select Service Needed"), then
 * the fields that type asks for; created exactly once per form through the connector's idempotency token.
 */
package dev.portico.portal.ticket.create;
