/** What every feature stands on: the database and its migrations, the REST application, errors as problem+json, health. */
package jp.tsunagu.platform;
