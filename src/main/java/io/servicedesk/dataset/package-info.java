/**
 * The reference dataset of the performance budgets: a command ({@code dataset} profile)
 * that fills an empty database with staff, clients, accounts, orders, inquiries,
 * complaints, their SLA clocks, surveys and timelines in bulk SQL, deterministically from
 * a seed and in proportion to a scale. It writes other modules' tables directly, as a
 * loader does, and is used by nothing.
 */
package io.servicedesk.dataset;
