import type { RouteObject } from 'react-router';
import type { NavItem } from '../layout/navigation';

/**
 * What the collab module adds to the app. Routes and menu entries are declared here, not in
 * routes.tsx / navigation.tsx.
 */

export const publicRoutes: RouteObject[] = [];

export const appRoutes: RouteObject[] = [];

export const navEntries: NavItem[] = [];
