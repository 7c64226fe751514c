/**
 * The ConnectWise REST surface the adapter uses: MicroProfile Rest Client interfaces and the wire
 * records of the bodies they carry, named and shaped exactly as in ConnectWise's API. Nothing here
 * leaves the adapter.
 */
package dev.portico.psa.connectwise.rest;
