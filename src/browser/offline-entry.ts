// Entry of the offline folder's classic script (scripts/offline-widgets.ts bundles it as one IIFE): file://
// blocks module scripts, so every widget element is defined from this one file there. The served site keeps
// loading each widget's own module script.
import '../../components/playground-element';
import '../../components/route-simulator-element';
import '../../components/policy-matrix-element';
import '../../components/lab/lab-element';
