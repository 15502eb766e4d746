import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Response } from 'express';
import { dirname, join } from 'node:path';
import { Public } from '../auth/auth.decorators';
import { GRAPHIQL_ASSETS_PATH } from '../graphql/graphiql-page';

/** The files GraphiQL's page loads, from the installed packages (so it works offline and behind strict proxies). */
const ASSETS: Record<string, { packageName: string; file: string; type: string }> = {
  'graphiql.min.css': { packageName: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  'graphiql.min.js': { packageName: 'graphiql', file: 'graphiql.min.js', type: 'application/javascript' },
  'react.production.min.js': {
    packageName: 'react',
    file: 'umd/react.production.min.js',
    type: 'application/javascript',
  },
  'react-dom.production.min.js': {
    packageName: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'application/javascript',
  },
};

// From the package's own folder: react's `exports` map does not list its UMD builds, so they cannot be required.
const pathOf = ({ packageName, file }: { packageName: string; file: string }) =>
  join(dirname(require.resolve(`${packageName}/package.json`)), file);

/** Registered only when GraphiQL is served (development); public, like the page itself. */
@Public()
@Controller(GRAPHIQL_ASSETS_PATH.slice(1))
export class GraphiqlAssetsController {
  @Get(':file')
  asset(@Param('file') file: string, @Res() response: Response): void {
    const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!asset) throw new NotFoundException();
    response.type(asset.type).sendFile(pathOf(asset), { maxAge: '1h' });
  }
}
