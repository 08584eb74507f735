/** Why each proposal was made, which other slots a person could take, and why an unplaced person was left over — in Japanese, for the counter and the person. */
package jp.tsunagu.matching.explain;
