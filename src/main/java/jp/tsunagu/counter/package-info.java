/** Support counters (自立相談支援機関・一次相談窓口): the bodies that submit people, and the municipalities each serves. */
package jp.tsunagu.counter;
