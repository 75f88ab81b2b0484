/**
 * People and what they may do: accounts, roles (correspondent bound to chambers or parliaments, editor, admin),
 * sign-in (form login, API tokens), invitations and password resets, and the web security of the whole application
 * (decision 0036). Other modules see the signed-in person as an {@link org.plenum.accounts.Actor}.
 */
package org.plenum.accounts;
