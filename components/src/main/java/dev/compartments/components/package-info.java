/**
 * Not built yet. Will hold components and blueprints (DESIGN.md section 8): component descriptions
 * and ids, API objects, the blueprint checker and installer, PowerBox questions, Ed25519 review
 * sign-offs and the local catalog.
 */
package dev.compartments.components;
