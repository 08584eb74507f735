/**
 * The directory of social resources (社会資源): places to be (居場所), volunteering, community cafés,
 * consultation desks and the like, which the counters connect people to outside the weekly matching,
 * searched together with the registry's hosts by area, kind of work and accommodations offered.
 */
package jp.tsunagu.resource;
