import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

/** English strings of the catalogue feature: the same keys as the Korean ones. */
export const en: Shape<typeof ko> = {
  catalogue: {
    title: 'Public listing and applications',
    intro: 'Publish this programme in the public course finder, and set when and how citizens apply.',
    published: 'Listed in the public course finder',
    publishedHint: 'Listed while recruiting or running. No personal data is shown.',
    notPublished: 'Not listed',
    view: 'View the public page',
    applyFrom: 'Applications open',
    applyUntil: 'Applications close',
    applyFromTime: 'Opening time',
    applyUntilTime: 'Closing time',
    selection: 'Selection',
    fee: 'Fee (won; 0 is free)',
    minAge: 'Minimum age',
    maxAge: 'Maximum age',
    districts: 'Districts whose residents or workers may apply',
    districtsHint: 'None chosen: anyone may apply.',
    residentQuota: 'Seats kept for residents (lottery)',
    contactPhone: 'Enquiries (the organization’s number)',
    accessibility: 'Accessibility support (wheelchair, sign language, large print…)',
    standard: 'National standard course data',
    jobTrainingSupport: 'Vocational training fee support',
    creditBank: 'Recognised by the Academic Credit Bank',
    learningAccount: 'Recognised by the Lifelong Learning Account',
    save: 'Save the listing',
    saved: 'Listing saved.',
    readOnly: 'The host’s staff decide whether and how it is listed.',
  },
};
