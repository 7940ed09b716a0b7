/**
 * Set by src/fallback/ie11.js (plain ES5, runs before every bundle) on engines the bundles
 * cannot run on; bundles check it before mounting React or registering ribbon commands.
 */
interface Window {
  __APPENDIX_CHECKER_UNSUPPORTED__?: boolean;
}
