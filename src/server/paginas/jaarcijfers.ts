// /jaarcijfers: the page for the leerplichtambtenaar (web/jaarcijfers.html, the second entry of the
// one Vite build). It lies in web/dist beside the Leerplichtcheck and loads its files from
// /leerplichtcheck/assets/, so it is answered as that folder's jaarcijfers.html (same CSP, same
// checks). The page itself asks for the API key; the HTML holds no data.
import { CHECK_PAD } from './statisch';

export const JAARCIJFERS_PAD = '/jaarcijfers';

export const isJaarcijfersPad = (pad: string): boolean => pad === JAARCIJFERS_PAD || pad === `${JAARCIJFERS_PAD}/`;

/** The path in the built folder that answers /jaarcijfers. */
export const JAARCIJFERS_BESTAND = `${CHECK_PAD}/jaarcijfers.html`;
