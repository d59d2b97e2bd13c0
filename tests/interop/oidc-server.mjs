// SPDX-License-Identifier: GPL-3.0-or-later
// An independent, OpenID-certified authorization server (panva's oidc-provider, pinned in
// package-lock.json) set up the way Google and Microsoft serve a desktop ("native") app, for
// tst_oidc_interop to run Outpost's two OAuth profiles against. Outpost's own sandbox was
// written by the same hands as the client; this one was not.
//
// Listens on 127.0.0.1 on a free port, prints one JSON line ({"issuer": …}) on stdout once it
// answers, and exits when its stdin closes (the test ended, or died).
//
// What it enforces, each as the real services state it or stricter:
// - PKCE with S256 on every authorization request (RFC 7636; RFC 8252 §8.1 for native apps;
//   Google: https://developers.google.com/identity/protocols/oauth2/native-app#step1-code_verifier
//   and Microsoft: https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow).
// - Loopback redirects on http with any port (RFC 8252 §7.3): 127.0.0.1 for the Google-shaped
//   client, `localhost` for the Microsoft-shaped one, as each profile sends.
// - The Google-shaped client authenticates with its secret in the form (client_secret_post,
//   as Google's installed-app exchange does); the Microsoft-shaped one is public (none).
// - Refresh tokens rotate on every use, and a used one is refused afterwards (reuse detection
//   also revokes the grant): stricter than both providers, which keep the old token valid for a
//   while (https://learn.microsoft.com/entra/identity-platform/refresh-tokens).
// - Access tokens live 120 s (Google's and Microsoft's live about an hour): short, so that
//   Outpost's refresh margin matters.
// - A refresh may ask only for scopes the grant holds (RFC 6749 §6: invalid_scope otherwise).
// - Revocation (RFC 7009) authenticates the client; revoking a refresh token ends the grant.
// - Error redirects are form-encoded (URLSearchParams: a space is `+`), as real servers do.
import http from 'node:http';
import Provider from 'oidc-provider';

const googleScopes = [
  'https://www.googleapis.com/auth/gmail.send',
  'https://www.googleapis.com/auth/gmail.readonly',
];
const microsoftScopes = ['Mail.Send', 'Mail.ReadWrite', 'User.Read'];
const resources = {
  'outpost-interop-google': { indicator: 'https://gmail.googleapis.com/', scopes: googleScopes },
  'outpost-interop-microsoft': { indicator: 'https://graph.microsoft.com/', scopes: microsoftScopes },
};

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'outpost-interop-google',
        client_secret: 'interop-google-not-a-secret',
        application_type: 'native',
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/'],
      },
      {
        client_id: 'outpost-interop-microsoft',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://localhost/'],
      },
    ],
    pkce: { required: () => true, methods: ['S256'] },
    cookies: { keys: ['outpost-interop-test-only'] },
    // Google grants a refresh token for access_type=offline, Microsoft for offline_access,
    // neither asks for prompt=consent as OpenID Connect Core §11 does (oidc-provider drops
    // offline_access without it): so every grant of these clients gets one. Microsoft's token
    // answer does not list offline_access in `scope`; neither does this server's.
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: () => true,
    features: {
      devInteractions: { enabled: true }, // the login and consent forms the test submits
      revocation: { enabled: true },
      // The mail APIs are resource servers: their scopes are granted for them, and the
      // clients never send `resource` (neither profile does), so each has a default.
      resourceIndicators: {
        enabled: true,
        defaultResource: (ctx, client) => resources[client.clientId].indicator,
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx, indicator, client) => {
          const resource = resources[client.clientId];
          if (indicator !== resource.indicator) throw new Error('unknown resource');
          return {
            scope: resource.scopes.join(' '),
            accessTokenTTL: 120,
            accessTokenFormat: 'opaque',
          };
        },
      },
    },
    ttl: { AccessToken: 120, AuthorizationCode: 60, RefreshToken: 24 * 3600 },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
