/** One-way travel times (通所時間) between municipalities, computed once per round, and the journey a person would make to a slot. */
package jp.tsunagu.matching.travel;
