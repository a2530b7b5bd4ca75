import { users } from '@flowstage/db';
import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { caller } from '../../plugins/access.ts';
import { logIn } from './login.ts';
import { MANAGERS, requireMembership } from './membership.ts';
import { addMember, getOrganisation, listMembers, updateOrganisation } from './organisations.ts';
import { changePassword, requestPasswordReset, resetPassword } from './password-reset.ts';
import * as s from './schemas.ts';
import { describeUser, endSession, rotateSession, SESSION_ABSOLUTE_SECONDS } from './sessions.ts';
import { signUp } from './signup.ts';
import { findUserById } from './user-repository.ts';

const REFRESH_COOKIE = 'fs_refresh';
const tags = ['identity'];

function setRefreshCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/api/v1/auth',
    maxAge: SESSION_ABSOLUTE_SECONDS,
  });
}

function presentedRefreshToken(
  request: FastifyRequest,
  body: { refreshToken?: string | undefined } | null | undefined,
) {
  const token = body?.refreshToken ?? request.cookies[REFRESH_COOKIE];
  if (!token) throw new AppError('UNAUTHENTICATED', 'no refresh token', { detail: 'Please log in.' });
  return token;
}

export function identityRoutes(app: ApiInstance, ctx: ApiContext) {
  const { db, tokens } = ctx;
  const secureCookie = ctx.config.PUBLIC_URL.startsWith('https://');

  app.post('/auth/signup', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Create an account and its organisation',
      body: s.signupBody,
      response: { 201: s.sessionSchema },
    },
    handler: async (request, reply) => {
      const session = await signUp({ db, tokens }, request.body);
      setRefreshCookie(reply, session.refreshToken, secureCookie);
      return reply.code(201).send(session);
    },
  });

  app.post('/auth/login', {
    config: { access: 'public' },
    schema: { tags, summary: 'Log in', body: s.loginBody, response: { 200: s.sessionSchema } },
    handler: async (request, reply) => {
      const session = await logIn({ db, tokens }, request.body);
      setRefreshCookie(reply, session.refreshToken, secureCookie);
      return session;
    },
  });

  app.post('/auth/refresh', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Rotate the refresh token',
      body: s.refreshBody,
      response: { 200: s.sessionSchema },
    },
    handler: async (request, reply) => {
      const session = await rotateSession({ db, tokens }, presentedRefreshToken(request, request.body));
      setRefreshCookie(reply, session.refreshToken, secureCookie);
      return session;
    },
  });

  app.post('/auth/logout', {
    config: { access: 'public' },
    schema: { tags, summary: 'Close the session', body: s.refreshBody },
    handler: async (request, reply) => {
      const token = request.body?.refreshToken ?? request.cookies[REFRESH_COOKIE];
      if (token) await endSession({ db, tokens }, token);
      reply.clearCookie(REFRESH_COOKIE, { path: '/api/v1/auth' });
      return reply.code(204).send();
    },
  });

  app.post('/auth/password/forgot', {
    config: { access: 'public' },
    schema: { tags, summary: 'E-mail a password reset link', body: s.forgotBody },
    handler: async (request, reply) => {
      await requestPasswordReset(
        { db, mailer: ctx.mailer, publicUrl: ctx.config.PUBLIC_URL },
        request.body.email,
      );
      return reply.code(202).send();
    },
  });

  app.post('/auth/password/reset', {
    config: { access: 'public' },
    schema: { tags, summary: 'Set a new password with a reset token', body: s.resetBody },
    handler: async (request, reply) => {
      await resetPassword({ db }, request.body.token, request.body.password);
      return reply.code(204).send();
    },
  });

  app.post('/auth/password/change', {
    config: { access: 'user' },
    schema: { tags, summary: 'Change my password (closes my other sessions)', body: s.changePasswordBody },
    handler: async (request, reply) => {
      await changePassword(db, caller(request), request.body.currentPassword, request.body.newPassword);
      return reply.code(204).send();
    },
  });

  app.get('/me', {
    config: { access: 'user' },
    schema: { tags, summary: 'My account and organisations', response: { 200: s.meSchema } },
    handler: async (request) => describeUser(db, await existingUser(ctx, caller(request).userId)),
  });

  app.patch('/me', {
    config: { access: 'user' },
    schema: { tags, summary: 'Update my profile', body: s.updateMeBody, response: { 200: s.meSchema } },
    handler: async (request) => {
      const { userId } = caller(request);
      if (Object.keys(request.body).length > 0)
        await db.update(users).set(request.body).where(eq(users.id, userId));
      return describeUser(db, await existingUser(ctx, userId));
    },
  });

  app.get('/organisations/:orgId', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'An organisation I belong to',
      params: s.orgParams,
      response: { 200: s.organisationSchema },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      return getOrganisation(db, request.params.orgId);
    },
  });

  app.patch('/organisations/:orgId', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Update my organisation (owner or admin)',
      params: s.orgParams,
      body: s.updateOrganisationBody,
      response: { 200: s.organisationSchema },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId, MANAGERS);
      return updateOrganisation(db, request.params.orgId, request.body);
    },
  });

  app.get('/organisations/:orgId/members', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Members of my organisation',
      params: s.orgParams,
      response: { 200: z.object({ items: z.array(s.memberSchema) }) },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      return { items: await listMembers(db, request.params.orgId) };
    },
  });

  app.post('/organisations/:orgId/members', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Add an existing user to my organisation (owner or admin)',
      params: s.orgParams,
      body: s.addMemberBody,
      response: { 201: s.memberSchema },
    },
    handler: async (request, reply) => {
      const membership = await requireMembership(db, caller(request).userId, request.params.orgId, MANAGERS);
      if (request.body.role === 'owner' && membership.role !== 'owner') {
        throw new AppError('FORBIDDEN', 'only owners appoint owners', {
          detail: 'Only an owner can add another owner.',
        });
      }
      return reply.code(201).send(await addMember(db, request.params.orgId, request.body));
    },
  });
}

async function existingUser(ctx: ApiContext, userId: string) {
  const user = await findUserById(ctx.db, userId);
  if (!user)
    throw new AppError('UNAUTHENTICATED', 'token of a deleted user', { detail: 'Please log in again.' });
  return user;
}
