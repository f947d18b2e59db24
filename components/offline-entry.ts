// Entry of the offline folder's classic script (scripts/offline-widgets.ts bundles it as one IIFE): file://
// blocks module scripts, so every widget element is defined from this one file there. The served site keeps
// loading each widget's own module script. It lives beside the elements it imports: src/ never imports
// from components/.
import './playground-element';
import './route-simulator-element';
import './policy-matrix-element';
import './lab/lab-element';
