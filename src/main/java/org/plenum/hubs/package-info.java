/**
 * Innovation hubs (issue 14, decisions 0062 and 0064): IPU's Centre for Innovation in Parliament's regional and
 * thematic hubs, their hosts over time, coordinators, member parliaments with join and leave dates, activities, and
 * the share of the world's parliaments taking part in a hub each year, computed from the membership history and
 * shown beside IPU's published figures. Editors curate; correspondents ask to join a hub through stewardship's
 * {@link org.plenum.stewardship.Proposals}.
 */
package org.plenum.hubs;
