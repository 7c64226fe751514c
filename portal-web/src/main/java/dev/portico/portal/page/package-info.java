/**
 * The page kit every list and detail screen is built from: a lazy table model over the PSA's pages that offers
 * only what {@link dev.portico.psa.PsaCapabilities} allows, typed URL parameters, not-found and redirect answers,
 * a declarative permission guard, and the Home destinations that features contribute.
 */
package dev.portico.portal.page;
