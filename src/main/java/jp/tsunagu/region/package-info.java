/** The prefecture and its municipalities (市町村): the map every person and host sits on. */
package jp.tsunagu.region;
