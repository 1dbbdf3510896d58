import type { Locale, NotificationKind } from '@partner-hub/shared';

/**
 * The words of every mail, in the recipient's language. Mails say only that something happened and
 * where: who did it, a partnership and period or a meeting title, and a link. Never a message's
 * text, a note, a household's data or a document's content: those open in the hub, behind its policies.
 */

export interface LineFacts {
  /** Who caused it; null: the hub itself. */
  actor: string | null;
  /** What may be named: "Gent Samen · 2026-01-01 – 2026-03-31", a meeting title. */
  context: string | null;
}

type Words = { subject: (f: LineFacts) => string; line: (f: LineFacts) => string };

const c = (f: LineFacts, sep = ': ') => (f.context ? `${sep}${f.context}` : '');

export const KIND_WORDS: Record<Locale, Record<NotificationKind, Words>> = {
  en: {
    MESSAGE: { subject: (f) => `New message from ${f.actor ?? 'Partner Hub'}`, line: (f) => `${f.actor ?? 'Someone'} wrote a new message in a conversation you follow.` },
    MENTION: { subject: (f) => `${f.actor ?? 'Someone'} mentioned you`, line: (f) => `${f.actor ?? 'Someone'} mentioned you in a conversation.` },
    FEEDBACK_DUE: { subject: (f) => `Feedback due${c(f)}`, line: (f) => `A feedback round is waiting for your answers${c(f)}.` },
    FEEDBACK_SUBMITTED: { subject: (f) => `Feedback submitted${c(f)}`, line: (f) => `${f.actor ?? 'The partner'} submitted a feedback round${c(f)}.` },
    FEEDBACK_SENT_BACK: { subject: (f) => `Feedback sent back for revision${c(f)}`, line: (f) => `${f.actor ?? 'The contact person'} sent a feedback round back for revision${c(f)}.` },
    FEEDBACK_ACCEPTED: { subject: (f) => `Feedback accepted${c(f)}`, line: (f) => `${f.actor ?? 'The contact person'} accepted a feedback round${c(f)}.` },
    FEEDBACK_OVERDUE: { subject: (f) => `Feedback overdue${c(f)}`, line: (f) => `A feedback round is past its due date and not submitted yet${c(f)}.` },
    MEETING_INVITED: { subject: (f) => `Invitation: ${f.context ?? 'meeting'}`, line: (f) => `${f.actor ?? 'Someone'} invited you to a meeting${c(f)}. The calendar invite is attached.` },
    MEETING_UPDATED: { subject: (f) => `Updated: ${f.context ?? 'meeting'}`, line: (f) => `A meeting you are invited to changed${c(f)}. The updated calendar invite is attached.` },
    MEETING_CANCELLED: { subject: (f) => `Cancelled: ${f.context ?? 'meeting'}`, line: (f) => `A meeting you were invited to was cancelled${c(f)}.` },
    ACTION_ITEM_ASSIGNED: { subject: () => 'New action item for you', line: (f) => `${f.actor ?? 'Someone'} gave you an action item from a meeting.` },
    ACTION_ITEM_OVERDUE: { subject: () => 'Action item overdue', line: () => 'One of your action items is past its due date.' },
    HOUSEHOLD_ARRIVED: { subject: () => 'A household arrived', line: () => 'The arrival of a household you follow was recorded.' },
    HOUSEHOLD_MOVED_IN: { subject: () => 'A household moved in', line: () => 'A household you follow moved into its home.' },
    GUIDANCE_ENDING_SOON: { subject: () => 'Guidance ends in a month', line: () => 'The guidance of a household you follow ends in a month.' },
    GUIDANCE_ENDED: { subject: () => 'Guidance ended', line: () => 'The guidance of a household you follow has ended.' },
  },
  nl: {
    MESSAGE: { subject: (f) => `Nieuw bericht van ${f.actor ?? 'Partner Hub'}`, line: (f) => `${f.actor ?? 'Iemand'} schreef een nieuw bericht in een gesprek dat je volgt.` },
    MENTION: { subject: (f) => `${f.actor ?? 'Iemand'} noemde je`, line: (f) => `${f.actor ?? 'Iemand'} noemde je in een gesprek.` },
    FEEDBACK_DUE: { subject: (f) => `Feedback verwacht${c(f)}`, line: (f) => `Een feedbackronde wacht op jullie antwoorden${c(f)}.` },
    FEEDBACK_SUBMITTED: { subject: (f) => `Feedback ingediend${c(f)}`, line: (f) => `${f.actor ?? 'De partner'} diende een feedbackronde in${c(f)}.` },
    FEEDBACK_SENT_BACK: { subject: (f) => `Feedback teruggestuurd ter herziening${c(f)}`, line: (f) => `${f.actor ?? 'De contactpersoon'} stuurde een feedbackronde terug ter herziening${c(f)}.` },
    FEEDBACK_ACCEPTED: { subject: (f) => `Feedback aanvaard${c(f)}`, line: (f) => `${f.actor ?? 'De contactpersoon'} aanvaardde een feedbackronde${c(f)}.` },
    FEEDBACK_OVERDUE: { subject: (f) => `Feedback te laat${c(f)}`, line: (f) => `Een feedbackronde is over de uiterste datum en nog niet ingediend${c(f)}.` },
    MEETING_INVITED: {
      subject: (f) => `Uitnodiging: ${f.context ?? 'vergadering'}`,
      line: (f) => `${f.actor ?? 'Iemand'} nodigde je uit voor een vergadering${c(f)}. De agenda-uitnodiging zit in de bijlage.`,
    },
    MEETING_UPDATED: {
      subject: (f) => `Gewijzigd: ${f.context ?? 'vergadering'}`,
      line: (f) => `Een vergadering waarvoor je uitgenodigd bent, is gewijzigd${c(f)}. De bijgewerkte agenda-uitnodiging zit in de bijlage.`,
    },
    MEETING_CANCELLED: { subject: (f) => `Geannuleerd: ${f.context ?? 'vergadering'}`, line: (f) => `Een vergadering waarvoor je uitgenodigd was, is geannuleerd${c(f)}.` },
    ACTION_ITEM_ASSIGNED: { subject: () => 'Nieuw actiepunt voor jou', line: (f) => `${f.actor ?? 'Iemand'} gaf je een actiepunt uit een vergadering.` },
    ACTION_ITEM_OVERDUE: { subject: () => 'Actiepunt te laat', line: () => 'Een van je actiepunten is over de uiterste datum.' },
    HOUSEHOLD_ARRIVED: { subject: () => 'Een gezin is aangekomen', line: () => 'De aankomst van een gezin dat je volgt, is geregistreerd.' },
    HOUSEHOLD_MOVED_IN: { subject: () => 'Een gezin is verhuisd', line: () => 'Een gezin dat je volgt, is in zijn woning ingetrokken.' },
    GUIDANCE_ENDING_SOON: { subject: () => 'Begeleiding eindigt over een maand', line: () => 'De begeleiding van een gezin dat je volgt, eindigt over een maand.' },
    GUIDANCE_ENDED: { subject: () => 'Begeleiding afgelopen', line: () => 'De begeleiding van een gezin dat je volgt, is afgelopen.' },
  },
  fr: {
    MESSAGE: { subject: (f) => `Nouveau message de ${f.actor ?? 'Partner Hub'}`, line: (f) => `${f.actor ?? 'Quelqu’un'} a écrit un nouveau message dans une conversation que vous suivez.` },
    MENTION: { subject: (f) => `${f.actor ?? 'Quelqu’un'} vous a mentionné`, line: (f) => `${f.actor ?? 'Quelqu’un'} vous a mentionné dans une conversation.` },
    FEEDBACK_DUE: { subject: (f) => `Feedback attendu${c(f, ' : ')}`, line: (f) => `Un tour de feedback attend vos réponses${c(f, ' : ')}.` },
    FEEDBACK_SUBMITTED: { subject: (f) => `Feedback envoyé${c(f, ' : ')}`, line: (f) => `${f.actor ?? 'Le partenaire'} a envoyé un tour de feedback${c(f, ' : ')}.` },
    FEEDBACK_SENT_BACK: {
      subject: (f) => `Feedback renvoyé pour révision${c(f, ' : ')}`,
      line: (f) => `${f.actor ?? 'La personne de contact'} a renvoyé un tour de feedback pour révision${c(f, ' : ')}.`,
    },
    FEEDBACK_ACCEPTED: { subject: (f) => `Feedback accepté${c(f, ' : ')}`, line: (f) => `${f.actor ?? 'La personne de contact'} a accepté un tour de feedback${c(f, ' : ')}.` },
    FEEDBACK_OVERDUE: { subject: (f) => `Feedback en retard${c(f, ' : ')}`, line: (f) => `Un tour de feedback a dépassé son échéance sans avoir été envoyé${c(f, ' : ')}.` },
    MEETING_INVITED: {
      subject: (f) => `Invitation : ${f.context ?? 'réunion'}`,
      line: (f) => `${f.actor ?? 'Quelqu’un'} vous a invité à une réunion${c(f, ' : ')}. L’invitation d’agenda est jointe.`,
    },
    MEETING_UPDATED: {
      subject: (f) => `Modifiée : ${f.context ?? 'réunion'}`,
      line: (f) => `Une réunion à laquelle vous êtes invité a changé${c(f, ' : ')}. L’invitation d’agenda mise à jour est jointe.`,
    },
    MEETING_CANCELLED: { subject: (f) => `Annulée : ${f.context ?? 'réunion'}`, line: (f) => `Une réunion à laquelle vous étiez invité a été annulée${c(f, ' : ')}.` },
    ACTION_ITEM_ASSIGNED: { subject: () => 'Nouveau point d’action pour vous', line: (f) => `${f.actor ?? 'Quelqu’un'} vous a confié un point d’action issu d’une réunion.` },
    ACTION_ITEM_OVERDUE: { subject: () => 'Point d’action en retard', line: () => 'Un de vos points d’action a dépassé son échéance.' },
    HOUSEHOLD_ARRIVED: { subject: () => 'Un ménage est arrivé', line: () => 'L’arrivée d’un ménage que vous suivez a été enregistrée.' },
    HOUSEHOLD_MOVED_IN: { subject: () => 'Un ménage a emménagé', line: () => 'Un ménage que vous suivez a emménagé dans son logement.' },
    GUIDANCE_ENDING_SOON: { subject: () => 'L’accompagnement se termine dans un mois', line: () => 'L’accompagnement d’un ménage que vous suivez se termine dans un mois.' },
    GUIDANCE_ENDED: { subject: () => 'Accompagnement terminé', line: () => 'L’accompagnement d’un ménage que vous suivez est terminé.' },
  },
};

/** The fixed words around every mail. */
export const FRAME: Record<
  Locale,
  {
    greeting: (name: string) => string;
    open: string;
    why: (kind: string) => string;
    unsubscribe: string;
    digestSubject: (n: number) => string;
    digestIntro: (n: number) => string;
    digestWhy: string;
    unsubscribeDigest: string;
    kindName: (kind: NotificationKind) => string;
  }
> = {
  en: {
    greeting: (name) => `Dear ${name},`,
    open: 'Open in Partner Hub',
    why: (kind) => `You receive this mail because your email setting for "${kind}" is "immediately".`,
    unsubscribe: 'Stop these mails',
    digestSubject: (n) => `Partner Hub: ${n} ${n === 1 ? 'update' : 'updates'} since the last digest`,
    digestIntro: (n) => `${n === 1 ? 'This happened' : `These ${n} things happened`} in Partner Hub since your last digest:`,
    digestWhy: 'You receive this daily digest because of your email settings in Partner Hub.',
    unsubscribeDigest: 'Stop the daily digest',
    kindName: (k) => KIND_NAMES.en[k],
  },
  nl: {
    greeting: (name) => `Beste ${name},`,
    open: 'Openen in Partner Hub',
    why: (kind) => `Je krijgt deze mail omdat je e-mailinstelling voor "${kind}" op "meteen" staat.`,
    unsubscribe: 'Deze mails stoppen',
    digestSubject: (n) => `Partner Hub: ${n} ${n === 1 ? 'update' : 'updates'} sinds het vorige overzicht`,
    digestIntro: (n) => `${n === 1 ? 'Dit gebeurde' : `Deze ${n} dingen gebeurden`} in Partner Hub sinds je vorige overzicht:`,
    digestWhy: 'Je krijgt dit dagelijkse overzicht door je e-mailinstellingen in Partner Hub.',
    unsubscribeDigest: 'Het dagelijkse overzicht stoppen',
    kindName: (k) => KIND_NAMES.nl[k],
  },
  fr: {
    greeting: (name) => `Bonjour ${name},`,
    open: 'Ouvrir dans Partner Hub',
    why: (kind) => `Vous recevez ce mail parce que votre réglage d’e-mail pour « ${kind} » est « immédiatement ».`,
    unsubscribe: 'Ne plus recevoir ces mails',
    digestSubject: (n) => `Partner Hub : ${n} ${n === 1 ? 'nouveauté' : 'nouveautés'} depuis le dernier résumé`,
    digestIntro: (n) => `${n === 1 ? 'Voici ce qui s’est passé' : `Voici les ${n} choses qui se sont passées`} dans Partner Hub depuis votre dernier résumé :`,
    digestWhy: 'Vous recevez ce résumé quotidien en raison de vos réglages d’e-mail dans Partner Hub.',
    unsubscribeDigest: 'Ne plus recevoir le résumé quotidien',
    kindName: (k) => KIND_NAMES.fr[k],
  },
};

const KIND_NAMES: Record<Locale, Record<NotificationKind, string>> = {
  en: {
    MESSAGE: 'New messages',
    MENTION: 'Mentions',
    FEEDBACK_DUE: 'Feedback due',
    FEEDBACK_SUBMITTED: 'Feedback submitted',
    FEEDBACK_SENT_BACK: 'Feedback sent back',
    FEEDBACK_ACCEPTED: 'Feedback accepted',
    FEEDBACK_OVERDUE: 'Feedback overdue',
    MEETING_INVITED: 'Meeting invitations',
    MEETING_UPDATED: 'Meeting changes',
    MEETING_CANCELLED: 'Meeting cancellations',
    ACTION_ITEM_ASSIGNED: 'Action items assigned',
    ACTION_ITEM_OVERDUE: 'Action items overdue',
    HOUSEHOLD_ARRIVED: 'Household arrivals',
    HOUSEHOLD_MOVED_IN: 'Households moving in',
    GUIDANCE_ENDING_SOON: 'Guidance ending soon',
    GUIDANCE_ENDED: 'Guidance ended',
  },
  nl: {
    MESSAGE: 'Nieuwe berichten',
    MENTION: 'Vermeldingen',
    FEEDBACK_DUE: 'Feedback verwacht',
    FEEDBACK_SUBMITTED: 'Feedback ingediend',
    FEEDBACK_SENT_BACK: 'Feedback teruggestuurd',
    FEEDBACK_ACCEPTED: 'Feedback aanvaard',
    FEEDBACK_OVERDUE: 'Feedback te laat',
    MEETING_INVITED: 'Uitnodigingen voor vergaderingen',
    MEETING_UPDATED: 'Wijzigingen van vergaderingen',
    MEETING_CANCELLED: 'Annuleringen van vergaderingen',
    ACTION_ITEM_ASSIGNED: 'Toegewezen actiepunten',
    ACTION_ITEM_OVERDUE: 'Actiepunten te laat',
    HOUSEHOLD_ARRIVED: 'Aankomst van gezinnen',
    HOUSEHOLD_MOVED_IN: 'Gezinnen die verhuizen',
    GUIDANCE_ENDING_SOON: 'Begeleiding eindigt binnenkort',
    GUIDANCE_ENDED: 'Begeleiding afgelopen',
  },
  fr: {
    MESSAGE: 'Nouveaux messages',
    MENTION: 'Mentions',
    FEEDBACK_DUE: 'Feedback attendu',
    FEEDBACK_SUBMITTED: 'Feedback envoyé',
    FEEDBACK_SENT_BACK: 'Feedback renvoyé',
    FEEDBACK_ACCEPTED: 'Feedback accepté',
    FEEDBACK_OVERDUE: 'Feedback en retard',
    MEETING_INVITED: 'Invitations à des réunions',
    MEETING_UPDATED: 'Modifications de réunions',
    MEETING_CANCELLED: 'Annulations de réunions',
    ACTION_ITEM_ASSIGNED: 'Points d’action confiés',
    ACTION_ITEM_OVERDUE: 'Points d’action en retard',
    HOUSEHOLD_ARRIVED: 'Arrivées de ménages',
    HOUSEHOLD_MOVED_IN: 'Emménagements de ménages',
    GUIDANCE_ENDING_SOON: 'Fin prochaine de l’accompagnement',
    GUIDANCE_ENDED: 'Accompagnement terminé',
  },
};

/** The words of the unsubscribe page (served by the hub without sign-in). */
export const UNSUBSCRIBE_PAGE: Record<Locale, { title: string; ask: (what: string) => string; button: string; done: (what: string) => string; invalid: string; settings: string; digest: string }> = {
  en: {
    title: 'Email settings',
    ask: (what) => `Stop the mails about "${what}"?`,
    button: 'Stop these mails',
    done: (what) => `Done: you will no longer receive mails about "${what}". You still see it in the hub; you can change this in the notification settings.`,
    invalid: 'This link is not valid.',
    settings: 'Open the notification settings',
    digest: 'the daily digest',
  },
  nl: {
    title: 'E-mailinstellingen',
    ask: (what) => `De mails over "${what}" stoppen?`,
    button: 'Deze mails stoppen',
    done: (what) => `Klaar: je krijgt geen mails meer over "${what}". Je ziet het nog wel in de hub; je kunt dit wijzigen bij de meldingsinstellingen.`,
    invalid: 'Deze link is niet geldig.',
    settings: 'Naar de meldingsinstellingen',
    digest: 'het dagelijkse overzicht',
  },
  fr: {
    title: 'Réglages d’e-mail',
    ask: (what) => `Ne plus recevoir les mails « ${what} » ?`,
    button: 'Ne plus recevoir ces mails',
    done: (what) => `C’est fait : vous ne recevrez plus de mails « ${what} ». Vous le voyez toujours dans le hub ; vous pouvez changer cela dans les réglages des notifications.`,
    invalid: 'Ce lien n’est pas valable.',
    settings: 'Ouvrir les réglages des notifications',
    digest: 'le résumé quotidien',
  },
};

export const INVITATION_WORDS: Record<Locale, (name: string, inviter: string, days: number) => { subject: string; lines: string[]; action: string }> = {
  nl: (name, inviter, days) => ({
    subject: 'Uitnodiging voor Partner Hub',
    lines: [`Beste ${name},`, `${inviter} nodigt je uit voor Partner Hub, de samenwerkingsruimte van Fedasil en zijn partners.`, `Kies je wachtwoord via de link hieronder (${days} dagen geldig).`],
    action: 'Wachtwoord kiezen',
  }),
  fr: (name, inviter, days) => ({
    subject: 'Invitation à Partner Hub',
    lines: [
      `Bonjour ${name},`,
      `${inviter} vous invite à Partner Hub, l'espace de collaboration de Fedasil et de ses partenaires.`,
      `Choisissez votre mot de passe via le lien ci-dessous (valable ${days} jours).`,
    ],
    action: 'Choisir mon mot de passe',
  }),
  en: (name, inviter, days) => ({
    subject: 'Invitation to Partner Hub',
    lines: [`Dear ${name},`, `${inviter} invites you to Partner Hub, the collaboration hub of Fedasil and its partners.`, `Choose your password with the link below (valid for ${days} days).`],
    action: 'Choose my password',
  }),
};

export const RESET_WORDS: Record<Locale, (name: string, minutes: number) => { subject: string; lines: string[]; action: string; after: string }> = {
  nl: (name, minutes) => ({
    subject: 'Nieuw wachtwoord voor Partner Hub',
    lines: [`Beste ${name},`, `Iemand (hopelijk jij) vroeg een nieuw wachtwoord aan voor je account in Partner Hub. Kies het via de link hieronder; die werkt één keer en ${minutes} minuten lang.`],
    action: 'Nieuw wachtwoord kiezen',
    after: 'Vroeg je dit niet aan? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.',
  }),
  fr: (name, minutes) => ({
    subject: 'Nouveau mot de passe pour Partner Hub',
    lines: [
      `Bonjour ${name},`,
      `Quelqu'un (vous, espérons-le) a demandé un nouveau mot de passe pour votre compte Partner Hub. Choisissez-le via le lien ci-dessous ; il fonctionne une seule fois, pendant ${minutes} minutes.`,
    ],
    action: 'Choisir un nouveau mot de passe',
    after: "Vous n'avez rien demandé ? Vous n'avez rien à faire : votre mot de passe reste le même.",
  }),
  en: (name, minutes) => ({
    subject: 'New password for Partner Hub',
    lines: [`Dear ${name},`, `Someone (hopefully you) asked for a new password for your Partner Hub account. Choose it with the link below; it works once, for ${minutes} minutes.`],
    action: 'Choose a new password',
    after: 'Did not ask for this? Then there is nothing to do: your password stays the same.',
  }),
};

export const PASSWORD_CHANGED_WORDS: Record<Locale, (name: string) => { subject: string; lines: string[]; action: string }> = {
  nl: (name) => ({
    subject: 'Je wachtwoord voor Partner Hub is gewijzigd',
    lines: [
      `Beste ${name},`,
      'Het wachtwoord van je account in Partner Hub is zonet gewijzigd met een link uit een e-mail. Alle andere sessies zijn afgemeld.',
      'Deed je dit niet zelf? Vraag dan meteen een nieuw wachtwoord aan en verwittig je contactpersoon bij Fedasil.',
    ],
    action: 'Nieuw wachtwoord aanvragen',
  }),
  fr: (name) => ({
    subject: 'Votre mot de passe Partner Hub a été modifié',
    lines: [
      `Bonjour ${name},`,
      "Le mot de passe de votre compte Partner Hub vient d'être modifié avec un lien reçu par e-mail. Toutes les autres sessions ont été fermées.",
      "Ce n'était pas vous ? Demandez tout de suite un nouveau mot de passe et prévenez votre personne de contact chez Fedasil.",
    ],
    action: 'Demander un nouveau mot de passe',
  }),
  en: (name) => ({
    subject: 'Your Partner Hub password was changed',
    lines: [
      `Dear ${name},`,
      'The password of your Partner Hub account was just changed with a link from an email. Every other session was signed out.',
      'Was this not you? Ask for a new password at once and tell your contact person at Fedasil.',
    ],
    action: 'Ask for a new password',
  }),
};

// ----- Rendering -------------------------------------------------------------------------------------

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export interface MailBody {
  lang: Locale;
  /** Paragraphs, plain text. */
  lines: string[];
  /** Items of a list (a digest), each with its link. */
  items?: { text: string; url: string }[];
  action?: { label: string; url: string };
  after?: string[];
  footer?: { why: string; unsubscribe?: { label: string; url: string } };
}

/** The plain-text and HTML parts of one mail. */
export function renderBody(body: MailBody): { text: string; html: string } {
  const text: string[] = [...body.lines.flatMap((l) => [l, ''])];
  for (const item of body.items ?? []) text.push(`- ${item.text}`, `  ${item.url}`);
  if (body.items?.length) text.push('');
  if (body.action) text.push(`${body.action.label}: ${body.action.url}`, '');
  for (const l of body.after ?? []) text.push(l, '');
  if (body.footer) {
    text.push('--', body.footer.why);
    if (body.footer.unsubscribe) text.push(`${body.footer.unsubscribe.label}: ${body.footer.unsubscribe.url}`);
  }

  const p = (s: string) => `<p style="margin:0 0 12px">${escapeHtml(s)}</p>`;
  const html = [
    `<!doctype html><html lang="${body.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:16px">',
    ...body.lines.map(p),
    body.items?.length
      ? `<ul style="padding-left:20px">${body.items.map((i) => `<li style="margin-bottom:8px">${escapeHtml(i.text)} <a href="${escapeHtml(i.url)}">${escapeHtml(FRAME[body.lang].open)}</a></li>`).join('')}</ul>`
      : '',
    body.action
      ? `<p style="margin:20px 0"><a href="${escapeHtml(body.action.url)}" style="background:#005ea5;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(body.action.label)}</a></p>`
      : '',
    ...(body.after ?? []).map(p),
    body.footer
      ? `<hr style="border:0;border-top:1px solid #ddd;margin:24px 0 12px"><p style="font-size:12px;color:#555">${escapeHtml(body.footer.why)}${
          body.footer.unsubscribe ? ` <a href="${escapeHtml(body.footer.unsubscribe.url)}" style="color:#555">${escapeHtml(body.footer.unsubscribe.label)}</a>` : ''
        }</p>`
      : '',
    '</body></html>',
  ].join('\n');
  return { text: `${text.join('\n').trimEnd()}\n`, html };
}
