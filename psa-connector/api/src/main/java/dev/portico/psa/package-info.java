/**
 * The PSA-neutral API of Portico: records, queries, gateway interfaces and exceptions. The portal uses
 * only this; every gateway call takes the caller's {@link dev.portico.psa.PsaScope}, which the
 * adapters apply to every list and every read by id.
 */
package dev.portico.psa;
